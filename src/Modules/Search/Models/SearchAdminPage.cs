namespace OpenCityAomori.Modules.Search.Models;

/// <summary>The admin search page; <see cref="Index"/> only for holders of ManageSearch.</summary>
internal sealed record SearchAdminPage(SearchPage Search, string? ItemCulture, IndexStatus? Index);

/// <summary>This node's index and its last rebuild (also served as JSON for the progress display).</summary>
internal sealed record IndexStatus(
    int Documents,
    long? Checkpoint,
    bool Running,
    int Processed,
    int Total,
    DateTime? StartedUtc,
    DateTime? FinishedUtc,
    string? Error);
