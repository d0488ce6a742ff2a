using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Partnership;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly LocalizedText Group = new("パートナーシップ事業", "Partnerships");

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("連携協定の一覧", "Agreements"), "/admin/partnership/agreements", Permissions.ViewAgreements, 320, Group),
        new(new("連携協定の登録", "Register an agreement"), "/admin/partnership/agreements/new", Permissions.ManageAgreements, 322, Group),
    ];
}
