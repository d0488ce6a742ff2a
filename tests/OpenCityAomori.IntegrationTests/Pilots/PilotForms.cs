using System.Net;
using OpenCityAomori.IntegrationTests.Infrastructure;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>The pilot page's forms, as a browser posts them.</summary>
internal static class PilotForms
{
    /// <summary>Saves the edit form; the page answers with a redirect.</summary>
    public static async Task SaveAsync(StaffClient staff, string page, List<KeyValuePair<string, string>> form)
    {
        using var saved = await staff.PostFormAsync(page, page, form);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
    }

    /// <summary>Posts one of the page's action forms (status, checklist, report) and expects the redirect back.</summary>
    public static async Task PostAsync(StaffClient staff, string page, string action, KeyValuePair<string, string>[] fields)
    {
        using var response = await staff.PostFormAsync(page, page + action, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static List<KeyValuePair<string, string>> Edit(
        string title, string? department = null, string start = "", string end = "", string summary = "", string notes = "") =>
    [
        new("Form.Title", title),
        new("Form.TitleEn", "Pilot " + title),
        new("Form.Businesses", "株式会社実証テスト\n青森テスト大学"),
        new("Form.DepartmentCode", department ?? string.Empty),
        new("Form.StartDate", start),
        new("Form.EndDate", end),
        new("Form.Place", "青森駅前広場"),
        new("Form.CityTestField", "true"),
        new("Form.CityTestField", "false"),
        new("Form.CityPublicity", "true"),
        new("Form.CityPublicity", "false"),
        new("Form.BusinessConduct", "true"),
        new("Form.BusinessConduct", "false"),
        new("Form.BusinessCosts", "true"),
        new("Form.BusinessCosts", "false"),
        new("Form.CostSharing", "事業者が負担"),
        new("Form.BudgetAmount", "３００，０００円"),
        new("Form.SummaryJa", summary),
        new("Form.SummaryEn", summary.Length > 0 ? "A pilot in English" : string.Empty),
        new("Form.Notes", notes),
    ];
}
