using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.IntegrationTests.Partnership;

/// <summary>The seed document's partnerships, as the aomori recipe leaves them: in the registry, public and searchable.</summary>
[Collection(ReadOnlySiteCollection.Name)]
public sealed class SeededAgreementsTests(SharedSiteHosts hosts)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_documents_partnerships_are_in_the_registry_public_in_both_languages_and_found_by_search(string provider)
    {
        var host = await hosts.ForAsync(provider);
        List<Agreement> seeded;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            seeded = await scope.ServiceProvider.GetRequiredService<PartnershipDbContext>().Agreements.AsNoTracking()
                .Where(a => a.SeedKey != null).OrderBy(a => a.Id).ToListAsync();
        }

        Assert.Equal(
            [
                ("aomori-banks-hometown-tax", AgreementType.Comprehensive, AgreementStatus.InEffect, (DateOnly?)new DateOnly(2023, 3, 30)),
                ("aomori-creema-nebuta-washi", AgreementType.None, AgreementStatus.Ended, null),
                ("aomori-you-newcomer-mothers", AgreementType.None, AgreementStatus.Ended, null),
            ],
            seeded.Select(a => (a.SeedKey!, a.Type, a.Status, a.SignedOn)));
        Assert.All(seeded, a => Assert.False(a.PublicationPending));
        var banks = seeded[0];
        Assert.Equal(["株式会社青森銀行", "株式会社みちのく銀行"], banks.Partners().Select(p => p.Name));
        Assert.Equal(3, banks.Items().Count);

        var visitor = host.NewClient();
        await SearchTestHost.EventuallyAsync(
            async () => (await visitor.GetStringAsync("/search?q=" + Uri.EscapeDataString("サテライトオフィス誘致"))).Contains($"/partnerships/agreement-{banks.Id}", StringComparison.Ordinal),
            "the seeded agreement is indexed",
            seconds: 30);
        var list = await visitor.GetStringAsync("/partnerships");
        Assert.Contains("企業版ふるさと納税等に関する連携協定", list, StringComparison.Ordinal);
        Assert.Contains("ねぶた和紙のアップサイクルプロジェクト", list, StringComparison.Ordinal);
        var page = await visitor.GetStringAsync($"/partnerships/agreement-{banks.Id}");
        Assert.Contains("企業・サテライトオフィス誘致に関する事項", page, StringComparison.Ordinal);
        Assert.Contains("Attracting companies and satellite offices", await visitor.GetStringAsync($"/en/partnerships/agreement-{banks.Id}"), StringComparison.Ordinal);

    }
}
