namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>A row of the indexing-task table: "item X changed", written in the transaction of the change.</summary>
internal sealed class IndexingTask
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
