namespace OpenCityAomori.Modules.Media.Services;

/// <summary>Bound from the "Media" configuration section.</summary>
internal sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>The largest file accepted (Media:MaxBytes); 10 MB by default.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Room for the multipart envelope and the other form fields on top of the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public long MaxRequestBytes => MaxBytes + FormOverheadBytes;
}
