using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.Modules.Contents.Validation;

namespace OpenCityAomori.Modules.Contents.Controllers;

/// <summary>
/// Department staff's own drafts: the list, and the editor limited to never-published drafts of department-owned
/// types whose department is the user's own active one (<see cref="DepartmentDrafts"/>); everything else answers 403.
/// </summary>
[Route("admin/contents/department-drafts")]
[AuthorizePermission(Permissions.Names.DraftOwnDepartmentContent)]
internal sealed class DepartmentDraftsController : ContentEditorBase
{
    private readonly IContentDefinitionStore _definitions;
    private readonly DepartmentDrafts _drafts;
    private readonly IUserDirectory _directory;

    public DepartmentDraftsController(
        ContentsDbContext db, IContentDefinitionStore definitions, ContentManager manager, ContentItemValidator validator,
        ContentEditorService editor, IPermissionChecker permissions, TimeProvider clock, DepartmentDrafts drafts, IUserDirectory directory)
        : base(db, definitions, manager, validator, editor, permissions, clock)
    {
        _definitions = definitions;
        _drafts = drafts;
        _directory = directory;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var types = (await _definitions.GetTypesAsync(HttpContext.RequestAborted)).Where(t => t.OwnerDepartmentField is not null).ToList();
        if (await _drafts.DepartmentOfAsync(User, HttpContext.RequestAborted) is not { } code)
        {
            return View(new DepartmentDraftsPage(null, types, []));
        }

        var department = (await _directory.DepartmentsAsync(HttpContext.RequestAborted)).Single(d => d.Code == code);
        return View(new DepartmentDraftsPage(department, types, await _drafts.ListAsync(types, code, HttpContext.RequestAborted)));
    }

    [HttpGet("new/{type}")]
    public Task<IActionResult> New(string type, string? culture, string? translationOf) => NewAsync(type, culture, translationOf);

    [HttpPost("new/{type}")]
    public Task<IActionResult> Create(string type) => CreateAsync(type);

    [HttpGet("{id}/edit")]
    public Task<IActionResult> Edit(string id) => EditAsync(id);

    [HttpPost("{id}/edit")]
    public Task<IActionResult> Save(string id) => SaveAsync(id);

    protected override string EditorPath => DepartmentDraftsPaths.List;

    protected override async Task<EditorScope?> ScopeAsync(ContentTypeDefinition type, ContentItem? item)
    {
        if (type.OwnerDepartmentField is null || await _drafts.DepartmentOfAsync(User, HttpContext.RequestAborted) is not { } department)
        {
            return null;
        }

        return item is null || await _drafts.IsOwnDraftAsync(type, item, department, HttpContext.RequestAborted) ? new EditorScope(department) : null;
    }

    protected override async Task<bool> MayTranslateAsync(EditorScope scope, ContentTypeDefinition type, ContentItem original) =>
        scope.Department is { } own && await _drafts.IsOwnDraftAsync(type, original, own, HttpContext.RequestAborted);
}
