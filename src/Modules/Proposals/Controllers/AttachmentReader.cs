using Microsoft.AspNetCore.Http;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>Reads posted files named <c>{prefix}[i]</c>; a file over the limit is not read (the validator refuses it by its length).</summary>
internal static class AttachmentReader
{
    public static async Task<IReadOnlyList<PostedAttachment>> ReadAsync(IFormFileCollection files, string prefix, int rows, long maxBytes, CancellationToken cancellationToken)
    {
        var result = new List<PostedAttachment>();
        for (var i = 0; i < rows; i++)
        {
            if (files.GetFile($"{prefix}[{i}]") is not { Length: > 0 } file)
            {
                continue;
            }

            byte[] bytes = [];
            if (file.Length <= maxBytes)
            {
                bytes = new byte[file.Length];
                await using var stream = file.OpenReadStream();
                await stream.ReadExactlyAsync(bytes, cancellationToken);
            }

            result.Add(new PostedAttachment(i, file.FileName, file.Length, bytes));
        }

        return result;
    }
}
