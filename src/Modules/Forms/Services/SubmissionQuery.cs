using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Files;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Models;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>The admin's filters over submissions, shared by the list and the CSV export.</summary>
internal sealed class SubmissionQuery(FormsDbContext db)
{
    public IQueryable<FormSubmission> Apply(SubmissionFilter filter)
    {
        var query = db.Submissions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Form))
        {
            query = query.Where(s => s.FormName == filter.Form);
        }

        if (filter.From is { } from)
        {
            var start = JapanTime.StartOfDayUtc(from);
            query = query.Where(s => s.SubmittedUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = JapanTime.EndOfDayUtc(to);
            query = query.Where(s => s.SubmittedUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = JapaneseInput.FoldWidth(filter.Q).Trim().ToLowerInvariant();
            query = query.Where(s => s.SearchText.Contains(text));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(s => s.EventStatus == status);
        }

        return query.OrderByDescending(s => s.SubmittedUtc).ThenByDescending(s => s.Id);
    }
}
