using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Modules;

/// <summary>What a module says about itself, like an Orchard Core manifest.</summary>
public sealed record ModuleManifest(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled = false);
