namespace OpenCityAomori.Core.Modules;

/// <summary>
/// A service that another module may provide. <see cref="Value"/> is the service when a module
/// registers it and that module is enabled, otherwise null. Modules reach optional services of
/// other modules only through this, never by a module id or an optional service lookup.
/// </summary>
public interface IModuleCapability<out T>
    where T : class
{
    T? Value { get; }
}
