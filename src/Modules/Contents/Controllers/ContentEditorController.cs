using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.Modules.Contents.Validation;

namespace OpenCityAomori.Modules.Contents.Controllers;

/// <summary>The full editor, for holders of EditContent: any type, any item.</summary>
[Route("admin/contents")]
[AuthorizePermission(Permissions.Names.EditContent)]
internal sealed class ContentEditorController(
    ContentsDbContext db, IContentDefinitionStore definitions, ContentManager manager, ContentItemValidator validator,
    ContentEditorService editor, IPermissionChecker permissions, TimeProvider clock)
    : ContentEditorBase(db, definitions, manager, validator, editor, permissions, clock)
{
    [HttpGet("new/{type}")]
    public Task<IActionResult> New(string type, string? culture, string? translationOf) => NewAsync(type, culture, translationOf);

    [HttpPost("new/{type}")]
    public Task<IActionResult> Create(string type) => CreateAsync(type);

    [HttpGet("{id}/edit")]
    public Task<IActionResult> Edit(string id) => EditAsync(id);

    [HttpPost("{id}/edit")]
    public Task<IActionResult> Save(string id) => SaveAsync(id);

    protected override string EditorPath => "/admin/contents";

    protected override Task<EditorScope?> ScopeAsync(ContentTypeDefinition type, ContentItem? item) => Task.FromResult<EditorScope?>(EditorScope.Full);

    protected override Task<bool> MayTranslateAsync(EditorScope scope, ContentTypeDefinition type, ContentItem original) => Task.FromResult(true);
}
