using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using OpenCityAomori.Modules.Media.Models;
using OpenCityAomori.Modules.Media.Services;

namespace OpenCityAomori.Modules.Media.Controllers;

/// <summary>
/// Sets the request body and multipart limits of the upload action from Media:MaxBytes. It is an
/// authorization filter ordered before the global antiforgery check, because that check reads the
/// form (and so the body) before any resource filter would run. A request announcing a larger body
/// is answered with the form and the error, without reading it.
/// </summary>
internal sealed class UploadLimitFilter(IOptions<MediaOptions> options, IModelMetadataProvider metadata) : IAuthorizationFilter
{
    /// <summary>Before AutoValidateAntiforgeryTokenAttribute (1000), as MVC's own RequestSizeLimit is.</summary>
    public const int Order = 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            context.ModelState.AddModelError("Form.File", MediaStore.TooLarge(options.Value.MaxBytes));
            context.Result = new ViewResult
            {
                ViewName = "Upload",
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new ViewDataDictionary<MediaUploadPage>(metadata, context.ModelState)
                {
                    Model = new MediaUploadPage(new MediaUploadForm(), options.Value.MaxBytes),
                },
            };
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
