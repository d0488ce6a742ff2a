using Microsoft.AspNetCore.Http;

namespace OpenCityAomori.Modules.Media.Models;

/// <summary>Empty fields arrive as null (MVC converts empty strings), hence the nullable texts.</summary>
internal sealed class MediaUploadForm
{
    public IFormFile? File { get; set; }

    public string? AltJa { get; set; }

    public string? AltEn { get; set; }
}

internal sealed class MediaAltForm
{
    public string? AltJa { get; set; }

    public string? AltEn { get; set; }
}

internal sealed record MediaListPage(IReadOnlyList<MediaFile> Files, string? Query, string? Kind, bool CanManage);

internal sealed record MediaUploadPage(MediaUploadForm Form, long MaxBytes);

internal sealed record MediaEditPage(MediaFile File, MediaAltForm Form);
