// The Tailwind kit's server-rendered HTML as the floor must write it: the same markup without its
// styling. Class attributes go wherever they are. The kit's only inline style is a skeleton bar's
// size, a look (the floor draws no bars), so style goes there and nowhere else: an inline style
// the kit gains anywhere else fails the comparison until someone decides whether it carries data.
const classAttribute = / class="[^"]*"/g;
const skeletonBarStyle = /(<span aria-hidden="true") style="[^"]*"/g;

export function withoutStyling(html: string): string {
  return html.replace(classAttribute, "").replace(skeletonBarStyle, "$1");
}
