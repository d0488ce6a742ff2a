using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenCityAomori.Modules.Media.Data;
using OpenCityAomori.Modules.Media.Services;

namespace OpenCityAomori.Modules.Media.Controllers;

/// <summary>Serves uploaded files to everyone, from the database, so every node answers the same.</summary>
[AllowAnonymous]
internal sealed class MediaFilesController(MediaDbContext db) : Controller
{
    /// <summary>Bytes under an id never change (there is no replace), so caches may keep them for a year.</summary>
    private const string CacheControl = "public, max-age=31536000, immutable";

    [HttpGet("media/{id}/{fileName}")]
    [HttpHead("media/{id}/{fileName}")]
    public async Task<IActionResult> Get(string id, string fileName, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking()
            .Where(f => f.Id == id)
            .Select(f => new { f.Id, f.FileName, f.ContentType, f.Sha256, f.CreatedUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        if (!string.Equals(fileName, file.FileName, StringComparison.Ordinal))
        {
            // One URL per file: other names for the same id lead to the canonical one.
            return RedirectPermanent(MediaUrls.For(file.Id, file.FileName));
        }

        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            SetHeaders(file.FileName, file.ContentType, etag);
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var data = await db.Blobs.AsNoTracking().Where(b => b.MediaFileId == id).Select(b => b.Data).FirstOrDefaultAsync(cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        SetHeaders(file.FileName, file.ContentType, etag);
        return File(data, file.ContentType, new DateTimeOffset(file.CreatedUtc, TimeSpan.Zero), etag, enableRangeProcessing: true);
    }

    private void SetHeaders(string fileName, string contentType, EntityTagHeaderValue etag)
    {
        var headers = Response.Headers;
        headers.CacheControl = CacheControl;
        headers.ETag = etag.ToString();
        headers.XContentTypeOptions = "nosniff";
        // A PDF is downloaded and opened by the reader's own viewer, never rendered in the site's
        // origin where script inside it could act as the site (a CSP sandbox would do that too, but
        // Chrome's viewer refuses sandboxed documents).
        headers.ContentDisposition = contentType == MediaFileType.Pdf.ContentType
            ? MediaUrls.AttachmentDisposition(fileName)
            : MediaUrls.InlineDisposition(fileName);
    }
}
