using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Proposals;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public static readonly LocalizedText Group = new("民間提案", "Proposals");

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("提案の受付一覧", "Proposal inbox"), "/admin/proposals", Permissions.ViewProposals, 300, Group),
        new(new("提案の集計", "Proposals dashboard"), "/admin/proposals/dashboard", Permissions.ViewProposals, 302, Group),
        new(new("事前相談", "Consultations"), "/admin/proposals/consultations", Permissions.ManageProposals, 304, Group),
        new(new("窓口・電話・郵送の提案の登録", "Register a proposal"), "/admin/proposals/new", Permissions.ManageProposals, 305, Group),
        new(new("民間提案の設定", "Proposal settings"), "/admin/proposals/settings", Permissions.ManageProposalSettings, 310, Group),
    ];
}
