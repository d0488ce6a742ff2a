using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCityAomori.Core.Modules;

/// <summary>
/// A module plugs its services and endpoints into the host. Controllers, views and static assets
/// of the module's assembly are discovered by the host; everything else is registered here.
/// </summary>
public abstract class ModuleBase
{
    public abstract ModuleManifest Manifest { get; }

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Minimal-API endpoints; MVC controllers in the module assembly are found by the host.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
