using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Search;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ManageSearch = "ManageSearch";
    }

    public static readonly Permission ManageSearch = new(Names.ManageSearch, new("検索インデックスの管理（再構築）", "Manage the search index (rebuild)"));

    /// <summary>Declared by the Contents module (not here); the admin search over drafts requires it.</summary>
    public static readonly Permission ViewContent = new(ContentPermissionNames.ViewContent, new("コンテンツの閲覧（下書きを含む）", "View content, drafts included"));

    public IEnumerable<Permission> GetPermissions() => [ManageSearch];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ManageSearch]),
        new(RoleNames.Editor, [ManageSearch]),
    ];
}
