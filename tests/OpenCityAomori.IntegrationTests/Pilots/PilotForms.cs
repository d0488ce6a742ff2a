namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>The pilot page's edit form, as a browser posts it.</summary>
internal static class PilotForms
{
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
