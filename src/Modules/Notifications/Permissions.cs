using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Notifications;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ViewOwnNotifications = "ViewOwnNotifications";
        public const string ManageEmailOutbox = "ManageEmailOutbox";
    }

    public static readonly Permission ViewOwnNotifications = new(Names.ViewOwnNotifications, new("自分宛ての通知の閲覧", "View your own notifications"));
    public static readonly Permission ManageEmailOutbox = new(Names.ManageEmailOutbox, new("メール送信キューの閲覧・再送", "View the e-mail outbox and retry messages"));

    public IEnumerable<Permission> GetPermissions() => [ViewOwnNotifications, ManageEmailOutbox];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewOwnNotifications, ManageEmailOutbox]),
        new(RoleNames.Editor, [ViewOwnNotifications]),
        new(RoleNames.DeskStaff, [ViewOwnNotifications, ManageEmailOutbox]),
        new(RoleNames.DepartmentStaff, [ViewOwnNotifications]),
        new(RoleNames.Auditor, [ViewOwnNotifications]),
    ];
}
