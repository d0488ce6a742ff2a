using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Forms;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly LocalizedText Group = new("フォームとワークフロー", "Forms and workflows");

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("フォーム送信一覧", "Form submissions"), "/admin/forms/submissions", Permissions.ViewFormSubmissions, 400, Group),
        new(new("フォーム定義", "Form definitions"), "/admin/forms", Permissions.ManageForms, 410, Group),
    ];
}
