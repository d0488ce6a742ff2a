using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Workflows.Controllers;

internal sealed partial class WorkflowDefinitionsController
{
    [HttpGet("{name}/edit")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var detail = await store.GetAsync(name, cancellationToken);
        return detail is null ? NotFound() : View(await DesignerPageAsync(detail, detail.LatestXml, detail.LatestProblems, cancellationToken));
    }

    /// <summary>Saves the designer's XML as the draft; with command=publish, publishes it when the validator finds no problem.</summary>
    [HttpPost("{name}/edit")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    [RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    public async Task<IActionResult> Save(string name, [FromForm] string? xml, [FromForm] string? command, CancellationToken cancellationToken)
    {
        var detail = await store.GetAsync(name, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        xml ??= "";
        var result = await store.SaveDraftAsync(name, xml, Actor(User), cancellationToken: cancellationToken);
        var savedVersion = result.Succeeded ? result.Version : null;
        if (result.Succeeded && command == "publish" && result.Version is int version)
        {
            result = await store.PublishAsync(name, version, Actor(User), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = T($"第{version}版を公開しました。新しいインスタンスはこの版で始まります。", $"Version {version} was published. New instances start on it.");
                return Redirect($"/admin/workflows/{name}/edit");
            }
        }
        else if (result.Succeeded && result.Problems.Count == 0)
        {
            TempData["Message"] = T($"下書き（第{result.Version}版）を保存しました。", $"The draft (version {result.Version}) was saved.");
            return Redirect($"/admin/workflows/{name}/edit");
        }

        // Problems are shown with the XML that was posted, so nothing drawn is lost.
        var fresh = await store.GetAsync(name, cancellationToken) ?? detail;
        var problems = result.Problems.ToList();
        if (result.Error is { } error)
        {
            problems.Insert(0, new BpmnProblem(null, error, true));
        }

        if (savedVersion is not null)
        {
            ViewData["Saved"] = T($"下書き（第{savedVersion}版）を保存しました。公開するには次の問題を直してください。", $"The draft (version {savedVersion}) was saved. Fix these problems to publish it.");
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(nameof(Edit), await DesignerPageAsync(fresh, xml, problems, cancellationToken));
    }

    /// <summary>Discards the draft; the version before it is the latest again.</summary>
    [HttpPost("{name}/discard")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    public async Task<IActionResult> Discard(string name, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(name, cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await store.DiscardDraftAsync(name, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = T($"下書きを破棄しました。第{result.Version}版が最新です。", $"The draft was discarded. Version {result.Version} is the latest.");
        }
        else
        {
            TempData["Error"] = result.Error?.Current;
        }

        return Redirect($"/admin/workflows/{name}/edit");
    }

    [HttpGet("{name}/versions/{version:int}")]
    [AuthorizePermission(Permissions.Names.ManageWorkflows)]
    public async Task<IActionResult> Version(string name, int version, CancellationToken cancellationToken)
    {
        var detail = await store.GetAsync(name, cancellationToken);
        var row = detail?.Versions.FirstOrDefault(v => v.Version == version);
        var export = row is null ? null : await store.ExportAsync(name, version, cancellationToken);
        if (detail is null || row is null || export is null)
        {
            return NotFound();
        }

        return View(new VersionPage(name, detail.Definition.Title, ToRow(row), DesignerData.ViewerJson(export.Xml, [], [], [])));
    }

    private async Task<DesignerPage> DesignerPageAsync(DefinitionDetail detail, string xml, IReadOnlyList<BpmnProblem> problems, CancellationToken cancellationToken)
    {
        var d = detail.Definition;
        var labels = DesignerData.Labels(xml);
        var problemRows = problems.Select(p => new ProblemRow(p.ElementId, p.ElementId is null ? null : labels.GetValueOrDefault(p.ElementId), p.Message.Current)).ToList();
        var canStart = await permissions.HasAsync(User, Permissions.ManageWorkflowInstances);
        var startable = canStart && d.PublishedVersion is not null
            && (await instances.StartableAsync(cancellationToken)).Any(s => s.Name == d.Name);
        var catalog = await store.CatalogAsync(cancellationToken);
        return new DesignerPage(
            d.Name, d.Title, xml, d.PublishedVersion, d.LatestVersion, problemRows,
            detail.Versions.Select(ToRow).ToList(), DesignerData.CatalogJson(catalog), startable, canStart,
            SeedNotice.For(detail), detail.Versions is [{ Status: DefinitionVersionStatus.Draft }, _, ..]);
    }

    private static VersionRow ToRow(DefinitionVersionView v) =>
        new(v.Version, v.Status.ToString(), v.CreatedBy, v.UpdatedUtc, v.PublishedBy, v.PublishedUtc, v.Seeded);
}
