using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;

namespace OpenCityAomori.Modules.Portal.Controllers;

/// <summary>Staff see any version, drafts included, exactly as the public would; never cached, never indexed.</summary>
internal sealed partial class PortalController
{
    [HttpGet("/preview/{versionId:long}")]
    [AuthorizePermission(ContentPermissionNames.ViewContent)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Preview(long versionId, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        var item = await content.Query.GetVersionForPreviewAsync(versionId, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var result = await RenderAsync(item, cancellationToken);
        PortalViewData.MarkPreview(ViewData, item.Status == ContentStatus.Published);
        return new InCulture(result, item.Culture);
    }

    /// <summary>/preview has no language in its URL: the page is rendered in the language of the item.</summary>
    private sealed class InCulture(IActionResult inner, string culture) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            var info = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
            return inner.ExecuteResultAsync(context);
        }
    }
}
