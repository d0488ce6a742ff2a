using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Search.Indexing;
using OpenCityAomori.Modules.Search.Models;
using OpenCityAomori.Modules.Search.Querying;
using OpenCityAomori.Modules.Search.Services;

namespace OpenCityAomori.Modules.Search.Controllers;

/// <summary>Editors' search over the latest version of every item (drafts included) and the index's rebuild.</summary>
[Route("admin/search")]
internal sealed class SearchAdminController(SearchPageBuilder pages, SearchRebuilder rebuilder, SearchIndexManager indexes, IPermissionChecker permissions) : Controller
{
    [HttpGet("")]
    [AuthorizePermission(ContentPermissionNames.ViewContent)]
    public async Task<IActionResult> Index(string? culture, CancellationToken cancellationToken)
    {
        var itemCulture = culture is Cultures.Japanese or Cultures.English ? culture : null;
        var page = await pages.BuildAsync(Request, "/admin/search", Cultures.Current, itemCulture, SearchScope.Editor, cancellationToken);
        if (page.Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var index = await permissions.HasAsync(User, Permissions.ManageSearch) ? Status() : null;
        return View("Index", new SearchAdminPage(page, itemCulture, index));
    }

    [HttpPost("rebuild")]
    [AuthorizePermission(Permissions.Names.ManageSearch)]
    public IActionResult Rebuild()
    {
        var running = rebuilder.Status.Running;
        _ = rebuilder.StartAsync();
        TempData["Message"] = running
            ? Cultures.T("再構築は既に実行中です。", "A rebuild is already running.")
            : Cultures.T("検索インデックスの再構築を開始しました。", "The search index rebuild has started.");
        return Redirect("/admin/search#index-status");
    }

    [HttpGet("status")]
    [AuthorizePermission(Permissions.Names.ManageSearch)]
    public IActionResult StatusJson() => Json(Status());

    private IndexStatus Status()
    {
        var current = indexes.Current;
        var rebuild = rebuilder.Status;
        return new IndexStatus(current.DocumentCount, current.Checkpoint, rebuild.Running, rebuild.Processed, rebuild.Total, rebuild.StartedUtc, rebuild.FinishedUtc, rebuild.Error);
    }
}
