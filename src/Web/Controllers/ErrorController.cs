using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OpenCityAomori.Web.Controllers;

/// <summary>Error pages in the site's theme and the user's language, for status codes and exceptions.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int code)
    {
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var handled = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var status = code is >= 400 and <= 599 ? code : 500;
        if (reExecute is null && handled is null && status != 404)
        {
            status = 404;
        }

        Response.StatusCode = status;
        return View("StatusPage", status);
    }
}
