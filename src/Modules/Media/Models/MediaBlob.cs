namespace OpenCityAomori.Modules.Media.Models;

/// <summary>
/// The bytes of a <see cref="MediaFile"/>, in the database so every node sharing it serves the same
/// files. Deliberately not IAuditable: file contents never go to the audit trail.
/// </summary>
internal sealed class MediaBlob
{
    public required string MediaFileId { get; set; }

    public required byte[] Data { get; set; }
}
