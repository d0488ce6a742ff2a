using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Admin;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string AccessAdmin = "AccessAdmin";
        public const string ManageFeatures = "ManageFeatures";
        public const string ManageSettings = "ManageSettings";
        public const string ManageBusinessCalendar = "ManageBusinessCalendar";
    }

    public static readonly Permission AccessAdmin = new(Names.AccessAdmin, new("管理画面へのアクセス", "Access the admin"));
    public static readonly Permission ManageFeatures = new(Names.ManageFeatures, new("モジュールの有効化・無効化", "Enable and disable modules"), IsSecurityCritical: true);
    public static readonly Permission ManageSettings = new(Names.ManageSettings, new("サイト設定の管理", "Manage site settings"));

    public static readonly Permission ManageBusinessCalendar = new(Names.ManageBusinessCalendar, new("業務日カレンダー（休業日）の管理", "Manage the business calendar (closed days)"));

    public IEnumerable<Permission> GetPermissions() => [AccessAdmin, ManageFeatures, ManageSettings, ManageBusinessCalendar];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [AccessAdmin, ManageFeatures, ManageSettings, ManageBusinessCalendar]),
        new(RoleNames.Editor, [AccessAdmin]),
        new(RoleNames.DeskStaff, [AccessAdmin]),
        new(RoleNames.DepartmentStaff, [AccessAdmin]),
        new(RoleNames.Auditor, [AccessAdmin]),
    ];
}
