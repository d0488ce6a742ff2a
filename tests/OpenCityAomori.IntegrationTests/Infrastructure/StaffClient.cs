using System.Net;
using System.Text.RegularExpressions;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>An HTTP client that keeps cookies and posts forms with their antiforgery token, as a browser does.</summary>
public sealed partial class StaffClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<string> GetStringAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads <paramref name="formPage"/>, takes its antiforgery token and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetStringAsync(formPage);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        using var content = new FormUrlEncodedContent(all);
        return await Http.PostAsync(action, content);
    }

    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token and posts fields and files as multipart to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var page = await GetStringAsync(formPage);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        return await Http.PostAsync(action, content);
    }

    public async Task LoginAsync(string email, string password)
    {
        using var response = await PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A signed-in user without the permission is sent to the access-denied page.</summary>
    public static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true),
            $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} {response.Headers.Location}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
