using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.PilotSupport;

/// <summary>
/// Desk staff see and run every pilot; department staff only their own department's (<see cref="ViewPilots"/> and
/// <see cref="ManagePilots"/> without <see cref="ViewAllPilots"/>), none when their department is empty or unknown.
/// </summary>
internal sealed class Permissions : IPermissionProvider
{
    internal static class Names
    {
        public const string ViewPilots = "ViewPilots";
        public const string ViewAllPilots = "ViewAllPilots";
        public const string ManagePilots = "ManagePilots";
    }

    public static readonly Permission ViewPilots = new(Names.ViewPilots, new("担当課の実証実験の閲覧", "View one's department's pilots"));
    public static readonly Permission ViewAllPilots = new(Names.ViewAllPilots, new("すべての実証実験の閲覧", "View all pilots"));
    public static readonly Permission ManagePilots = new(Names.ManagePilots, new("実証実験の編集（チェックリスト、状態、報告書、事例）", "Run pilots (checklist, status, report, case study)"));

    public IEnumerable<Permission> GetPermissions() => [ViewPilots, ViewAllPilots, ManagePilots];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewPilots, ViewAllPilots, ManagePilots]),
        new(RoleNames.DeskStaff, [ViewPilots, ViewAllPilots, ManagePilots]),
        new(RoleNames.DepartmentStaff, [ViewPilots, ManagePilots]),
        new(RoleNames.Auditor, [ViewPilots, ViewAllPilots]),
    ];
}
