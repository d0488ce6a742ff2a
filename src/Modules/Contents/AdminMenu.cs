using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.Modules.Contents;

internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(new("コンテンツ", "Content items"), "/admin/contents", Permissions.ViewContent, 100, AdminMenuGroups.Content),
        new(new("自課の下書き", "Our department's drafts"), DepartmentDraftsPaths.List, Permissions.DraftOwnDepartmentContent, 105, AdminMenuGroups.Content),
        new(new("課題の照会", "Call for challenges"), DepartmentDraftsPaths.Call, Permissions.CallForDepartmentDrafts, 106, AdminMenuGroups.Content),
        new(new("コンテンツの種類", "Content types"), "/admin/contents/types", Permissions.ManageContentTypes, 110, AdminMenuGroups.Content),
    ];
}
