using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.Modules.Forms;

/// <summary>お問い合わせ / Contact in the main menu while the contact form exists and is open.</summary>
internal sealed class PublicNavigation(FormsDbContext db) : IPublicNavigationProvider
{
    public async Task<IReadOnlyList<PublicNavigationItem>> GetItemsAsync(string culture, CancellationToken cancellationToken)
    {
        if (!await db.Definitions.AnyAsync(d => d.Name == FormRoutes.ContactForm && d.IsOpen, cancellationToken))
        {
            return [];
        }

        return culture == Cultures.English ? [new("Contact", "/en/contact", 950)] : [new("お問い合わせ", "/contact", 950)];
    }
}
