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
        public const string PublishContent = ContentPermissionNames.PublishContent;
        public const string ManageContentTypes = "ManageContentTypes";
        public const string DraftOwnDepartmentContent = "DraftOwnDepartmentContent";
        public const string CallForDepartmentDrafts = "CallForDepartmentDrafts";
    }

    public static readonly Permission ViewContent = new(Names.ViewContent, new("コンテンツの閲覧（下書きを含む）", "View content, drafts included"));
    public static readonly Permission EditContent = new(Names.EditContent, new("コンテンツの作成・編集（下書き保存）", "Create and edit content (save drafts)"));
    public static readonly Permission PublishContent = new(Names.PublishContent, new("コンテンツの公開・非公開・予約・削除", "Publish, unpublish, schedule and delete content"));
    public static readonly Permission ManageContentTypes = new(Names.ManageContentTypes, new("コンテンツの種類への項目の追加・削除", "Add and remove fields of content types"));

    public static readonly Permission DraftOwnDepartmentContent = new(Names.DraftOwnDepartmentContent, new(
        "自課の行政課題など（担当課のある種類）の下書きの作成・編集（公開はできません）",
        "Create and edit drafts of the own department's challenges and other department-owned types (no publishing)"));

    public static readonly Permission CallForDepartmentDrafts = new(Names.CallForDepartmentDrafts, new(
        "担当課への課題の照会（下書きの依頼）の送信", "Send departments a call for challenges (a request for drafts)"));

    public IEnumerable<Permission> GetPermissions() =>
        [ViewContent, EditContent, PublishContent, ManageContentTypes, DraftOwnDepartmentContent, CallForDepartmentDrafts];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewContent, EditContent, PublishContent, ManageContentTypes, DraftOwnDepartmentContent, CallForDepartmentDrafts]),
        new(RoleNames.Editor, [ViewContent, EditContent, PublishContent, ManageContentTypes, CallForDepartmentDrafts]),
        new(RoleNames.DeskStaff, [ViewContent, CallForDepartmentDrafts]),
        new(RoleNames.DepartmentStaff, [DraftOwnDepartmentContent]),
        new(RoleNames.Auditor, [ViewContent]),
    ];
}
