using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Forms;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ManageForms = "ManageForms";
        public const string ViewFormSubmissions = "ViewFormSubmissions";
        public const string ManageFormSubmissions = "ManageFormSubmissions";
    }

    public static readonly Permission ManageForms = new(Names.ManageForms, new("フォームの作成・編集", "Create and edit forms"));
    public static readonly Permission ViewFormSubmissions = new(Names.ViewFormSubmissions, new("フォーム送信内容の閲覧", "View form submissions"));
    public static readonly Permission ManageFormSubmissions = new(Names.ManageFormSubmissions, new("フォーム送信内容の出力・削除", "Export and delete form submissions"));

    public IEnumerable<Permission> GetPermissions() => [ManageForms, ViewFormSubmissions, ManageFormSubmissions];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ManageForms, ViewFormSubmissions, ManageFormSubmissions]),
        new(RoleNames.Editor, [ManageForms]),
        new(RoleNames.DeskStaff, [ManageForms, ViewFormSubmissions, ManageFormSubmissions]),
        new(RoleNames.Auditor, [ViewFormSubmissions]),
    ];
}
