using Generator.Images;

namespace Generator.Tests.Images;

[Trait("Category", "Unit")]
public sealed class DrawnCardsTests
{
    [Fact]
    public void A_card_is_drawn_once_for_the_same_key_and_again_for_another()
    {
        var drawn = 0;
        byte[] Draw()
        {
            drawn++;
            return [1, 2, 3];
        }

        var key = Guid.NewGuid().ToString("N");
        var first = DrawnCards.Get(key, Draw);
        var second = DrawnCards.Get(key, Draw);
        DrawnCards.Get(key + "-other", Draw);

        Assert.Same(first, second);
        Assert.Equal(2, drawn);
    }
}
