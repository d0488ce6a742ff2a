using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Workflows;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, for <see cref="AuthorizePermissionAttribute"/> attributes.</summary>
    internal static class Names
    {
        public const string ManageWorkflows = "ManageWorkflows";
        public const string ViewWorkflowInstances = "ViewWorkflowInstances";
        public const string ManageWorkflowInstances = "ManageWorkflowInstances";
        public const string WorkOnWorkflowTasks = "WorkOnWorkflowTasks";
    }

    public static readonly Permission ManageWorkflows = new(Names.ManageWorkflows, new("ワークフローの設計・公開・インポート・エクスポート", "Design, publish, import and export workflows"));
    public static readonly Permission ViewWorkflowInstances = new(Names.ViewWorkflowInstances, new("ワークフローの実行状況と履歴の閲覧", "View workflow instances and their history"));
    public static readonly Permission ManageWorkflowInstances = new(Names.ManageWorkflowInstances, new("ワークフローの再実行・取消・手動開始", "Retry, cancel and start workflow instances by hand"));
    public static readonly Permission WorkOnWorkflowTasks = new(Names.WorkOnWorkflowTasks, new("自分のタスクの確認と処理", "See My tasks and complete tasks"));

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows, ViewWorkflowInstances, ManageWorkflowInstances, WorkOnWorkflowTasks];

    public IEnumerable<DefaultRoleGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Administrator, [ManageWorkflows, ViewWorkflowInstances, ManageWorkflowInstances, WorkOnWorkflowTasks]),
        new(RoleNames.DeskStaff, [ManageWorkflows, ViewWorkflowInstances, ManageWorkflowInstances, WorkOnWorkflowTasks]),
        new(RoleNames.DepartmentStaff, [WorkOnWorkflowTasks]),
        new(RoleNames.Auditor, [ViewWorkflowInstances]),
    ];
}
