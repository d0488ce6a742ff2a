using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;

namespace OpenCityAomori.Modules.Workflows;

internal sealed class AdminMenu : IAdminMenuProvider
{
    private static readonly LocalizedText Group = new("ワークフロー", "Workflows");

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("自分のタスク", "My tasks"), "/admin/workflows/tasks", Permissions.WorkOnWorkflowTasks, 100, Group),
        new(new("インスタンス", "Instances"), "/admin/workflows/instances", Permissions.ViewWorkflowInstances, 110, Group),
        new(new("ワークフロー定義", "Definitions"), "/admin/workflows", Permissions.ManageWorkflows, 120, Group),
    ];
}
