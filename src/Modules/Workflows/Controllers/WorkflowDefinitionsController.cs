using Microsoft.AspNetCore.Http;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Workflows.Controllers;

/// <summary>Definitions: list, create, import and export .bpmn; the designer, saving drafts and publishing.</summary>
[Route("admin/workflows")]
internal sealed partial class WorkflowDefinitionsController(
    WorkflowDefinitionStore store,
    WorkflowInstanceAdmin instances,
    IPermissionChecker permissions) : Controller
{
    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListPageAsync(new CreateDefinitionForm(), new ImportDefinitionForm(), cancellationToken));

    [HttpPost("create")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] CreateDefinitionForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            ModelState.AddModelError("Form.Name", T("名前を入力してください。", "Enter a name."));
        }

        if (string.IsNullOrWhiteSpace(form.TitleJa))
        {
            ModelState.AddModelError("Form.TitleJa", T("タイトル（日本語）を入力してください。", "Enter the Japanese title."));
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await store.CreateAsync(form.Name!.Trim(), form.TitleJa!.Trim(), form.TitleEn?.Trim() ?? "", null, Actor(User), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = T("定義を作成しました。図を描いて保存してください。", "The definition was created. Draw the process and save it.");
                return Redirect($"/admin/workflows/{form.Name!.Trim()}/edit");
            }

            AddProblems("Form.Name", result);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await ListPageAsync(form, new ImportDefinitionForm(), cancellationToken));
    }

    [HttpPost("import")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    [RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    public async Task<IActionResult> Import([Bind(Prefix = "Import")] ImportDefinitionForm form, CancellationToken cancellationToken)
    {
        var file = form.File;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("Import.File", T(".bpmn ファイルを選んでください。", "Choose a .bpmn file."));
        }
        else if (file.Length > MaxImportBytes)
        {
            ModelState.AddModelError("Import.File", T("ファイルが大きすぎます（2 MB まで）。", "The file is too large (2 MB at most)."));
        }

        var name = string.IsNullOrWhiteSpace(form.Name) ? NameFromFile(file?.FileName) : form.Name.Trim();
        if (ModelState.ErrorCount == 0 && string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError("Import.Name", T("名前を入力してください。", "Enter a name."));
        }

        if (ModelState.ErrorCount == 0)
        {
            string xml;
            using (var reader = new StreamReader(file!.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                xml = await reader.ReadToEndAsync(cancellationToken);
            }

            var title = DesignerData.ProcessName(xml) ?? name!;
            var result = await store.ImportAsync(name!, title, title, xml, Actor(User), cancellationToken: cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = T($"「{name}」をインポートしました（第{result.Version}版・下書き）。", $"'{name}' was imported (version {result.Version}, draft).");
                return Redirect($"/admin/workflows/{name}/edit");
            }

            AddProblems("Import.File", result);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await ListPageAsync(new CreateDefinitionForm(), form, cancellationToken));
    }

    [HttpGet("{name}/export")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    public Task<IActionResult> Export(string name, CancellationToken cancellationToken) => ExportVersion(name, null, cancellationToken);

    [HttpGet("{name}/versions/{version:int}/export")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    public async Task<IActionResult> ExportVersion(string name, int? version, CancellationToken cancellationToken)
    {
        var export = await store.ExportAsync(name, version, cancellationToken);
        return export is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(export.Xml), "application/xml", export.FileName);
    }

    [HttpPost("{name}/start")]
    [AuthorizePermission(Permissions.Names.ManageWorkflowInstances)]
    public async Task<IActionResult> Start(string name, CancellationToken cancellationToken)
    {
        var result = await instances.StartAsync(name, null, null, Actor(User), cancellationToken);
        if (result is { Succeeded: true, InstanceId: Guid id })
        {
            TempData["Message"] = T("インスタンスを開始しました。", "The instance was started.");
            return Redirect($"/admin/workflows/instances/{id}");
        }

        if (result.Status == InstanceActionStatus.NotFound && result.Message is null)
        {
            return NotFound();
        }

        TempData["Error"] = T("開始できません: ", "Cannot start: ") + result.Message;
        return Redirect($"/admin/workflows/{name}/edit");
    }

    private const long MaxImportBytes = 2 * 1024 * 1024;

    private async Task<DefinitionListPage> ListPageAsync(CreateDefinitionForm form, ImportDefinitionForm import, CancellationToken cancellationToken)
    {
        var definitions = await store.ListAsync(cancellationToken);
        var canStart = await permissions.HasAsync(User, Permissions.ManageWorkflowInstances);
        var startable = canStart ? (await instances.StartableAsync(cancellationToken)).Select(d => d.Name).ToHashSet(StringComparer.Ordinal) : [];
        var rows = definitions.Select(d => new DefinitionRow(
            d.Name, d.Title, d.PublishedVersion, d.LatestVersion, d.LatestVersion != d.PublishedVersion, d.ActiveInstances, startable.Contains(d.Name))).ToList();
        return new DefinitionListPage(rows, form, import, canStart);
    }

    private void AddProblems(string key, DefinitionSaveResult result)
    {
        if (result.Error is { } error)
        {
            ModelState.AddModelError(key, error.Current);
        }

        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(key, Describe(problem));
        }
    }

    private static string Describe(BpmnProblem problem) => problem.ElementId is null ? problem.Message.Current : $"{problem.ElementId}: {problem.Message.Current}";

    /// <summary>"Contact Desk.bpmn" → "contact-desk"; null when nothing usable is left.</summary>
    private static string? NameFromFile(string? fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName ?? "").ToLowerInvariant();
        var slug = NonSlug().Replace(stem, "-").Trim('-');
        return slug.Length is > 0 and <= 100 ? slug : null;
    }

    internal static string Actor(ClaimsPrincipal user) =>
        user.FindFirstValue(OcaClaimTypes.DisplayName) ?? user.Identity?.Name ?? "?";

    [System.Text.RegularExpressions.GeneratedRegex("[^a-z0-9]+")]
    private static partial System.Text.RegularExpressions.Regex NonSlug();
}
