using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.Modules.Forms.Controllers;

/// <summary>
/// Caps the body of a form post (Forms:MaxRequestBytes). An authorization filter ordered before the
/// global antiforgery check, which reads the form; a request announcing more is answered 413 unread.
/// </summary>
internal sealed class RequestLimitFilter(IOptions<FormsOptions> options) : IAuthorizationFilter
{
    public const int Order = 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
