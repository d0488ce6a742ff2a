namespace OpenCityAomori.Core.Modules;

/// <summary>Marks a minimal-API endpoint as belonging to a module, so it answers 404 while the module is disabled.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);
