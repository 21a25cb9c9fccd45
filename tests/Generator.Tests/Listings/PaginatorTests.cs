using Generator.Listings;

namespace Generator.Tests.Listings;

[Trait("Category", "Unit")]
public sealed class PaginatorTests
{
    [Theory]
    [InlineData("", "/")]
    [InlineData("page/2/", "/page/2/")]
    [InlineData("topics/tags/Minsk-2/", "/topics/tags/Minsk-2/")]
    // Anything but letters, digits and hyphens is escaped segment by segment, and empty segments are dropped.
    [InlineData("topics/places/Київ/", "/topics/places/%D0%9A%D0%B8%D1%97%D0%B2/")]
    [InlineData("topics/people/Jean Luc/", "/topics/people/Jean%20Luc/")]
    [InlineData("topics//x", "/topics/x/")]
    public void A_listing_folders_address_is_the_folder_with_each_segment_escaped(string folder, string url) =>
        Assert.Equal(url, Paginator.UrlOf(folder));
}
