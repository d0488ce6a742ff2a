using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Web.Shell;

/// <summary>The service when it is registered and the module its implementation lives in is enabled.</summary>
internal sealed class ModuleCapability<T>(IServiceProvider services, IFeatureManager features) : IModuleCapability<T>
    where T : class
{
    public T? Value => services.GetService<T>() is { } service && features.IsEnabled(service.GetType().Assembly) ? service : null;
}
