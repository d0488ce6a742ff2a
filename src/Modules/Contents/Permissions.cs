using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Contents;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ViewContent = ContentPermissionNames.ViewContent;
        public const string EditContent = "EditContent";
        public const string PublishContent = "PublishContent";
        public const string ManageContentTypes = "ManageContentTypes";
    }

    public static readonly Permission ViewContent = new(Names.ViewContent, new("コンテンツの閲覧（下書きを含む）", "View content, drafts included"));
    public static readonly Permission EditContent = new(Names.EditContent, new("コンテンツの作成・編集（下書き保存）", "Create and edit content (save drafts)"));
    public static readonly Permission PublishContent = new(Names.PublishContent, new("コンテンツの公開・非公開・予約・削除", "Publish, unpublish, schedule and delete content"));
    public static readonly Permission ManageContentTypes = new(Names.ManageContentTypes, new("コンテンツの種類への項目の追加・削除", "Add and remove fields of content types"));

    public IEnumerable<Permission> GetPermissions() => [ViewContent, EditContent, PublishContent, ManageContentTypes];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewContent, EditContent, PublishContent, ManageContentTypes]),
        new(RoleNames.Editor, [ViewContent, EditContent, PublishContent, ManageContentTypes]),
        new(RoleNames.DeskStaff, [ViewContent]),
        new(RoleNames.Auditor, [ViewContent]),
    ];
}
