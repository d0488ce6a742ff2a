using System.Globalization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

internal static class PilotRoutes
{
    public const string Admin = "/admin/pilots";

    public const string Export = "/admin/pilots/export.csv";

    /// <summary>What the pilot's report is asked for as (the proposal's document request and its files' key).</summary>
    public const string ReportKey = "pilot-report";

    public static string AdminUrl(long id) => $"{Admin}/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The public content item of the pilot in Japanese (its translation group) and in English.</summary>
    public static string ContentId(long id, bool english = false) => $"pilot-{id.ToString(CultureInfo.InvariantCulture)}" + (english ? "-en" : string.Empty);

    public static string CaseStudyId(long id) => $"case-pilot-{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A staff notice about the pilot, linking to a section of its page: to the department, or without one to the desk.</summary>
    public static NotificationRequest Notice(Pilot pilot, string? departmentCode, string title, string body, string anchor) => new(
        title,
        body,
        AdminUrl(pilot.Id) + anchor,
        Roles: departmentCode is { Length: > 0 } ? null : [RoleNames.DeskStaff],
        DepartmentCodes: departmentCode is { Length: > 0 } ? [departmentCode] : null,
        Source: $"pilot:{pilot.Id}");
}
