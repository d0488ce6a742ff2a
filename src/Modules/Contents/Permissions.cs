using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Contents;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewContent = new("ViewContent", new("コンテンツの閲覧（下書きを含む）", "View content, drafts included"));
    public static readonly Permission EditContent = new("EditContent", new("コンテンツの作成・編集", "Create and edit content"));
    public static readonly Permission PublishContent = new("PublishContent", new("コンテンツの公開・非公開・削除", "Publish, unpublish and delete content"));

    public IEnumerable<Permission> GetPermissions() => [ViewContent, EditContent, PublishContent];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewContent, EditContent, PublishContent]),
        new(RoleNames.Editor, [ViewContent, EditContent, PublishContent]),
        new(RoleNames.DeskStaff, [ViewContent]),
        new(RoleNames.Auditor, [ViewContent]),
    ];
}
