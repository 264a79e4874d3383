<?php
/**
 * Router for `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`.
 *
 * Debian keeps wp-content in /var/lib/wordpress (WP_CONTENT_DIR), outside the document root, so
 * php -S alone answers 404 for plugin and upload files. This serves /wp-content/* from there
 * (static files only) and leaves everything else to php -S.
 */

$coalition_embed_content = getenv( 'COALITION_WP_CONTENT' ) ?: '/var/lib/wordpress/wp-content';
$coalition_embed_path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH ) );

if ( ! str_starts_with( $coalition_embed_path, '/wp-content/' ) ) {
	return false;
}

$coalition_embed_file = realpath( $coalition_embed_content . substr( $coalition_embed_path, strlen( '/wp-content' ) ) );
// Debian's wp-content links themes, plugins and languages into /usr/share/wordpress/wp-content.
$coalition_embed_roots = array( realpath( $coalition_embed_content ), '/usr/share/wordpress/wp-content' );
$coalition_embed_types = array(
	'js'    => 'text/javascript',
	'mjs'   => 'text/javascript',
	'css'   => 'text/css',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'jpeg'  => 'image/jpeg',
	'gif'   => 'image/gif',
	'webp'  => 'image/webp',
	'ico'   => 'image/x-icon',
	'woff'  => 'font/woff',
	'woff2' => 'font/woff2',
	'ttf'   => 'font/ttf',
	'txt'   => 'text/plain; charset=utf-8',
	'html'  => 'text/html; charset=utf-8',
	'map'   => 'application/json',
);

$coalition_embed_inside = false;
foreach ( $coalition_embed_roots as $coalition_embed_root ) {
	if ( $coalition_embed_root && $coalition_embed_file && str_starts_with( $coalition_embed_file, $coalition_embed_root . '/' ) ) {
		$coalition_embed_inside = true;
	}
}
$coalition_embed_ext = strtolower( pathinfo( (string) $coalition_embed_file, PATHINFO_EXTENSION ) );

if ( ! $coalition_embed_inside || ! is_file( $coalition_embed_file ) || ! isset( $coalition_embed_types[ $coalition_embed_ext ] ) ) {
	http_response_code( 404 );
	header( 'Content-Type: text/plain' );
	echo "Not found\n";
	return true;
}

header( 'Content-Type: ' . $coalition_embed_types[ $coalition_embed_ext ] );
header( 'Content-Length: ' . filesize( $coalition_embed_file ) );
header( 'Cache-Control: no-cache' );
if ( 'HEAD' !== ( $_SERVER['REQUEST_METHOD'] ?? 'GET' ) ) {
	readfile( $coalition_embed_file );
}
return true;
