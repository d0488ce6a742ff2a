using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.IntegrationTests.Partnership;

/// <summary>What the agreement tests do as staff: register an agreement, change its status, read it back.</summary>
internal static class AgreementSteps
{
    public const string List = "/admin/partnership/agreements";

    public static string Page(long id) => $"{List}/{id}";

    /// <summary>Registers an agreement through the form and returns its id.</summary>
    public static async Task<long> RegisterAsync(StaffClient staff, string title, string department, string type = "Business", params KeyValuePair<string, string>[] extra)
    {
        using var posted = await staff.PostFormAsync(List + "/new", List + "/new",
        [
            new("Form.Type", type), new("Form.Title", title), new("Form.TitleEn", title + " (EN)"), new("Form.Department", department),
            new("Form.Summary", "公開してよい概要"), new("Form.Partners[0].Name", "株式会社テスト連携"), new("Form.Partners[0].NameEn", "Test Partner Ltd."),
            new("Form.Partners[0].CorporateNumber", "7000012050002"), new("Form.Items[0].Ja", "観光振興に関する事項"), new("Form.Items[0].En", "Tourism"),
            new("Form.Notes", "内部メモ：担当者の携帯 090-0000-0000"), new("submit", "save"), .. extra,
        ]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.StartsWith(List + "/", location, StringComparison.Ordinal);
        return long.Parse(location[(List.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts a status change; returns the response (a redirect when it was made).</summary>
    public static Task<HttpResponseMessage> ChangeStatusAsync(StaffClient staff, long id, string status, string? signedOn = null) =>
        staff.PostFormAsync(Page(id), Page(id) + "/status", [new("Change.Status", status), new("Change.SignedOn", signedOn ?? string.Empty)]);

    public static async Task<Agreement> AgreementAsync(TestHost host, long id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnershipDbContext>().Agreements.AsNoTracking().SingleAsync(a => a.Id == id);
    }
}
