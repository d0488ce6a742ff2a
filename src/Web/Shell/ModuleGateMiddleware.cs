using Microsoft.AspNetCore.Mvc.Controllers;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Web.Shell;

/// <summary>Answers 404 for every endpoint of a disabled module, as if it were not installed.</summary>
internal sealed class ModuleGateMiddleware(RequestDelegate next, IFeatureManager features)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null && !IsEnabled(endpoint))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private bool IsEnabled(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>() is { } module)
        {
            return features.IsEnabled(module.ModuleId);
        }

        return endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action
            || features.IsEnabled(action.ControllerTypeInfo.Assembly);
    }
}
