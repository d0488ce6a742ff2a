using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Workflows.Models;

/// <summary>A named process; its BPMN lives in versions.</summary>
internal sealed class WorkflowDefinition : IAuditable
{
    public Guid Id { get; set; }

    /// <summary>Stable slug (a-z, 0-9, hyphens), unique.</summary>
    public string Name { get; set; } = "";

    public string TitleJa { get; set; } = "";

    public string TitleEn { get; set; } = "";

    public int LatestVersion { get; set; }

    public int? PublishedVersion { get; set; }

    /// <summary>
    /// The hash of the recipe file last applied to this definition, whatever came of it (see <see cref="SeedHashes"/>):
    /// the same file again changes nothing. Null when no recipe made it, or a recipe did before hashes were kept.
    /// </summary>
    public string? SeedHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

internal enum DefinitionVersionStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>One version of a definition's BPMN; instances keep the version they started on.</summary>
internal sealed class WorkflowDefinitionVersion : IAuditable
{
    public Guid Id { get; set; }

    public Guid DefinitionId { get; set; }

    public int Version { get; set; }

    [NotAudited]
    public string Xml { get; set; } = "";

    public DefinitionVersionStatus Status { get; set; }

    /// <summary>
    /// The hash of the recipe file this version was seeded from; null for versions staff made. The version is
    /// the seeded one, unedited, while its XML still hashes to it (a draft is edited in place).
    /// </summary>
    public string? SeedHash { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public DateTime? PublishedUtc { get; set; }
}
