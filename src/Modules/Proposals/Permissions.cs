using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Proposals;

/// <summary>
/// Desk staff see and handle every proposal; department staff see only those routed to their
/// department (<see cref="ViewProposals"/> without <see cref="ViewAllProposals"/>), never when their
/// department is empty or unknown.
/// </summary>
internal sealed class Permissions : IPermissionProvider
{
    internal static class Names
    {
        public const string ViewProposals = "ViewProposals";
        public const string ViewAllProposals = "ViewAllProposals";
        public const string ManageProposals = "ManageProposals";
        public const string ManageProposalSettings = "ManageProposalSettings";
    }

    public static readonly Permission ViewProposals = new(Names.ViewProposals, new("担当課に回付された提案の閲覧", "View proposals routed to one's department"));
    public static readonly Permission ViewAllProposals = new(Names.ViewAllProposals, new("すべての提案の閲覧", "View all proposals"));
    public static readonly Permission ManageProposals = new(Names.ManageProposals, new("提案の受付・回付・連絡", "Handle proposals (route, message the proposer)"));
    public static readonly Permission ManageProposalSettings = new(Names.ManageProposalSettings, new("民間提案の設定（留意事項、回答の確認）", "Proposal settings (notes, answer review)"));

    public IEnumerable<Permission> GetPermissions() => [ViewProposals, ViewAllProposals, ManageProposals, ManageProposalSettings];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ViewProposals, ViewAllProposals, ManageProposals, ManageProposalSettings]),
        new(RoleNames.DeskStaff, [ViewProposals, ViewAllProposals, ManageProposals, ManageProposalSettings]),
        new(RoleNames.DepartmentStaff, [ViewProposals]),
        new(RoleNames.Auditor, [ViewProposals, ViewAllProposals]),
    ];
}
