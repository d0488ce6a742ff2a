using System.Net;
using System.Text;
using System.Text.Json;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests;

/// <summary>The open-data API of case studies and challenges: JSON, CSV for Excel, OpenAPI.</summary>
[Collection(ReadOnlySiteCollection.Name)]
public sealed class PortalOpenDataTests(SharedSiteHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Case_studies_are_published_as_json_with_stable_camel_case_fields(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        using var ja = JsonDocument.Parse(await client.GetStringAsync("/api/v1/case-studies"));
        using var en = JsonDocument.Parse(await client.GetStringAsync("/api/v1/case-studies?culture=en"));

        Assert.Equal(20, ja.RootElement.GetArrayLength());
        Assert.Equal(20, en.RootElement.GetArrayLength());
        var lightblue = ja.RootElement.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "aomori-lightblue-ai-pedestrian-count");
        Assert.Equal("http://localhost/cases/aomori-lightblue-ai-pedestrian-count", lightblue.GetProperty("url").GetString());
        Assert.Equal("ja", lightblue.GetProperty("culture").GetString());
        Assert.Equal("青森市", lightblue.GetProperty("municipality").GetString());
        Assert.Equal("pilot", lightblue.GetProperty("scheme").GetString());
        Assert.Equal("実証実験", lightblue.GetProperty("schemeLabel").GetString());
        Assert.Equal("2023-06-23", lightblue.GetProperty("startDate").GetString());
        Assert.Equal("株式会社LightblueTechnology", lightblue.GetProperty("partners")[0].GetString());
        var contribution = lightblue.GetProperty("contributions")[0];
        Assert.Equal("city", contribution.GetProperty("party").GetString());
        Assert.Equal("ヒト", contribution.GetProperty("categoryLabel").GetString());
        Assert.Equal(JsonValueKind.Array, lightblue.GetProperty("benefits").ValueKind);
        Assert.EndsWith("Z", lightblue.GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.True(lightblue.TryGetProperty("modified", out _));
        Assert.True(lightblue.TryGetProperty("id", out _));
        Assert.Equal("Pilot project", en.RootElement.EnumerateArray().First(c => c.GetProperty("scheme").GetString() == "pilot").GetProperty("schemeLabel").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Csv_has_a_bom_a_header_row_and_japanese_that_round_trips(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        using var response = await client.Http.GetAsync("/api/v1/case-studies?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("case-studies.csv", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("id,translationGroup,title,url,culture,slug,published,modified,municipality,program,partners,scheme,schemeLabel,startDate,", text, StringComparison.Ordinal);
        Assert.Contains("AI映像解析による歩行量調査の実証実験", text, StringComparison.Ordinal);
        Assert.Contains("市/ヒト: 商工会議所との調整; ", text, StringComparison.Ordinal);

        using var challenges = await client.Http.GetAsync("/api/v1/challenges?format=csv&culture=en");
        Assert.Equal("challenges.csv", challenges.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var challengeText = Encoding.UTF8.GetString(await challenges.Content.ReadAsByteArrayAsync());
        Assert.Contains("department,postedOn,deadline", challengeText, StringComparison.Ordinal);
        Assert.Contains("howToPropose,tags,departmentCode", challengeText, StringComparison.Ordinal);
        Assert.Contains(",\"Road Maintenance Division, Urban Development Department\",", challengeText, StringComparison.Ordinal);
        Assert.Contains(",TOSHI-DORO\r\n", challengeText, StringComparison.Ordinal);
        Assert.Contains("status,statusLabel", challengeText, StringComparison.Ordinal);
        Assert.Contains(",open,Open,", challengeText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Challenges_are_published_as_json_and_bad_parameters_get_a_400(string provider)
    {
        var host = await hosts.ForAsync(provider);
        var client = host.NewClient();

        using var challenges = JsonDocument.Parse(await client.GetStringAsync("/api/v1/challenges"));
        var snow = challenges.RootElement.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "snow-removal-information");
        Assert.Equal("open", snow.GetProperty("status").GetString());
        Assert.Equal("募集中", snow.GetProperty("statusLabel").GetString());
        Assert.Equal("2026-10-01", snow.GetProperty("postedOn").GetString());
        Assert.Equal("都市整備部道路維持課", snow.GetProperty("department").GetString());
        Assert.Equal("TOSHI-DORO", snow.GetProperty("departmentCode").GetString());
        Assert.False(string.IsNullOrEmpty(snow.GetProperty("background").GetString()));

        using var badCulture = await client.Http.GetAsync("/api/v1/challenges?culture=fr");
        using var badFormat = await client.Http.GetAsync("/api/v1/case-studies?format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, badCulture.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("culture", await badCulture.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_openapi_document_describes_both_endpoints(string provider)
    {
        var host = await hosts.ForAsync(provider);

        using var doc = JsonDocument.Parse(await host.NewClient().GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");

        foreach (var (path, id) in new[] { ("/api/v1/case-studies", "ListCaseStudies"), ("/api/v1/challenges", "ListChallenges") })
        {
            var get = paths.GetProperty(path).GetProperty("get");
            Assert.Equal(id, get.GetProperty("operationId").GetString());
            Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "culture");
            Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        }
    }
}
