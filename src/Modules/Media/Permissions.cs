using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Media;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ManageMedia = "ManageMedia";
        public const string ViewMedia = "ViewMedia";
    }

    public static readonly Permission ManageMedia = new(Names.ManageMedia, new("メディアのアップロード・編集・削除", "Upload, edit and delete media"));
    public static readonly Permission ViewMedia = new(Names.ViewMedia, new("メディア一覧の閲覧", "View the media library"));

    public IEnumerable<Permission> GetPermissions() => [ManageMedia, ViewMedia];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ManageMedia, ViewMedia]),
        new(RoleNames.Editor, [ManageMedia, ViewMedia]),
        new(RoleNames.DeskStaff, [ViewMedia]),
        new(RoleNames.Auditor, [ViewMedia]),
    ];
}
