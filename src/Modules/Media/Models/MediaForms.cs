using Microsoft.AspNetCore.Http;

namespace OpenCityAomori.Modules.Media.Models;

internal sealed class MediaUploadForm
{
    public IFormFile? File { get; set; }

    public string AltJa { get; set; } = string.Empty;

    public string AltEn { get; set; } = string.Empty;
}

internal sealed class MediaAltForm
{
    public string AltJa { get; set; } = string.Empty;

    public string AltEn { get; set; } = string.Empty;
}

internal sealed record MediaListPage(IReadOnlyList<MediaFile> Files, string? Query, string? Kind, bool CanManage);

internal sealed record MediaUploadPage(MediaUploadForm Form, long MaxBytes);

internal sealed record MediaEditPage(MediaFile File, MediaAltForm Form);
